#include "CPageTree.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct JuruPage {
    htmlDocPtr doc;
    /// Kept only by juru_page_parse_utf8_with_spans: it holds the elements' spans.
    htmlParserCtxtPtr context;
};

// Recover from bad markup as a browser would, never touch the network, keep quiet:
// a saved page is read for its text, and libxml2's complaints about tag soup are noise.
static const int parseOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
    | HTML_PARSE_NONET | HTML_PARSE_COMPACT;

JuruPage *juru_page_parse(const char *bytes, size_t length, const char *encoding) {
    if (bytes == NULL || length == 0 || length > (size_t)0x7fffffff) return NULL;
    htmlDocPtr doc = htmlReadMemory(bytes, (int)length, NULL, NULL, parseOptions);
    // No declared charset: libxml2 would fall back to Latin-1; use the caller's guess.
    if (doc != NULL && doc->encoding == NULL && encoding != NULL) {
        xmlFreeDoc(doc);
        doc = htmlReadMemory(bytes, (int)length, NULL, encoding, parseOptions);
    }
    if (doc == NULL) return NULL;
    JuruPage *page = malloc(sizeof(JuruPage));
    if (page == NULL) { xmlFreeDoc(doc); return NULL; }
    page->doc = doc;
    page->context = NULL;
    return page;
}

JuruPage *juru_page_parse_utf8_with_spans(const char *bytes, size_t length) {
    if (bytes == NULL || length == 0 || length > (size_t)0x7fffffff) return NULL;
    htmlParserCtxtPtr context = htmlCreateMemoryParserCtxt(bytes, (int)length);
    if (context == NULL) return NULL;
    // Read as UTF-8 whatever the page declares, so that offsets are offsets in `bytes`
    // (libxml2 counts them in its converted input).
    xmlCharEncodingHandlerPtr utf8 = xmlFindCharEncodingHandler("UTF-8");
    if (utf8 != NULL) xmlSwitchToEncoding(context, utf8);
    // A declared charset would make libxml2 switch encodings and count anew.
    htmlCtxtUseOptions(context, parseOptions | HTML_PARSE_IGNORE_ENC);
    context->record_info = 1;
    htmlParseDocument(context);
    if (context->myDoc == NULL) { htmlFreeParserCtxt(context); return NULL; }
    JuruPage *page = malloc(sizeof(JuruPage));
    if (page == NULL) { xmlFreeDoc(context->myDoc); htmlFreeParserCtxt(context); return NULL; }
    page->doc = context->myDoc;
    page->context = context;
    return page;
}

int juru_node_span(const JuruPage *page, JuruPageNode node, long *begin, long *end) {
    if (page == NULL || page->context == NULL || node == NULL) return 0;
    const xmlParserNodeInfo *info = xmlParserFindNodeInfo(page->context, (xmlNodePtr)node);
    if (info == NULL) return 0;
    if (begin) *begin = (long)info->begin_pos;
    if (end) *end = (long)info->end_pos;
    return 1;
}

void juru_page_free(JuruPage *page) {
    if (page == NULL) return;
    xmlFreeDoc(page->doc);
    if (page->context) htmlFreeParserCtxt(page->context);
    free(page);
}

const char *juru_page_declared_encoding(const JuruPage *page) {
    return page && page->doc ? (const char *)page->doc->encoding : NULL;
}

JuruPageNode juru_page_root(const JuruPage *page) {
    return page && page->doc ? xmlDocGetRootElement(page->doc) : NULL;
}

int juru_node_kind(JuruPageNode node) {
    return node ? (int)((const xmlNode *)node)->type : 0;
}

const char *juru_node_name(JuruPageNode node) {
    const xmlNode *n = node;
    return n && n->type == XML_ELEMENT_NODE ? (const char *)n->name : NULL;
}

const char *juru_node_text(JuruPageNode node) {
    const xmlNode *n = node;
    if (n == NULL) return NULL;
    switch (n->type) {
    case XML_TEXT_NODE: case XML_CDATA_SECTION_NODE: case XML_COMMENT_NODE:
        return (const char *)n->content;
    default:
        return NULL;
    }
}

JuruPageNode juru_node_first_child(JuruPageNode node) {
    return node ? ((const xmlNode *)node)->children : NULL;
}

JuruPageNode juru_node_next_sibling(JuruPageNode node) {
    return node ? ((const xmlNode *)node)->next : NULL;
}

long juru_node_line(JuruPageNode node) {
    return node ? (long)xmlGetLineNo((const xmlNode *)node) : 0;
}

const void *juru_node_first_attribute(JuruPageNode node) {
    const xmlNode *n = node;
    return n && n->type == XML_ELEMENT_NODE ? n->properties : NULL;
}

const void *juru_attribute_next(const void *attribute) {
    return attribute ? ((const xmlAttr *)attribute)->next : NULL;
}

const char *juru_attribute_name(const void *attribute) {
    return attribute ? (const char *)((const xmlAttr *)attribute)->name : NULL;
}

char *juru_attribute_value(JuruPageNode node, const void *attribute) {
    const xmlAttr *a = attribute;
    if (a == NULL) return NULL;
    return (char *)xmlNodeListGetString(((const xmlNode *)node)->doc, a->children, 1);
}

void juru_page_string_free(char *string) {
    if (string) xmlFree(string);
}

// Errors go to the caller, not to standard error.
static void juru_quiet(void *context, const char *message, ...) { (void)context; (void)message; }

// The first error libxml2 reports: the later ones follow from it ("premature end of
// data" at the last line, for a tag left open on line 4).
typedef struct { int seen; long line; long column; char *message; size_t capacity; } JuruFirstError;

static void juru_first_error(void *context, xmlErrorPtr error) {
    JuruFirstError *first = context;
    if (first->seen || error == NULL || error->level < XML_ERR_ERROR) return;
    first->seen = 1;
    first->line = error->line;
    first->column = error->int2;
    if (first->message && first->capacity > 0) {
        snprintf(first->message, first->capacity, "%s", error->message ? error->message : "not well-formed XML");
        size_t end = strlen(first->message);
        while (end > 0 && (first->message[end - 1] == '\n' || first->message[end - 1] == ' ')) first->message[--end] = 0;
    }
}

int juru_xml_check(const char *bytes, size_t length, long *line, long *column, char *message, size_t capacity) {
    if (bytes == NULL || length > (size_t)0x7fffffff) return 0;
    JuruFirstError first = { 0, 0, 0, message, capacity };
    if (message && capacity > 0) message[0] = 0;
    xmlParserCtxtPtr context = xmlNewParserCtxt();
    if (context == NULL) return 0;
    xmlSetGenericErrorFunc(NULL, juru_quiet);
    xmlSetStructuredErrorFunc(&first, juru_first_error);
    xmlDocPtr doc = xmlCtxtReadMemory(context, bytes, (int)length, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    int ok = doc != NULL && context->wellFormed && !first.seen;
    xmlSetStructuredErrorFunc(NULL, NULL);
    if (doc) xmlFreeDoc(doc);
    xmlFreeParserCtxt(context);
    if (!ok) {
        if (line) *line = first.line;
        if (column) *column = first.column;
        if (message && capacity > 0 && message[0] == 0) snprintf(message, capacity, "not well-formed XML");
    }
    return ok;
}
