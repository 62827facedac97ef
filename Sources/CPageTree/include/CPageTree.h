// CPageTree: a saved web page parsed by libxml2's HTML parser, read node by node.
//
// Plain C types only, so that libxml2's headers (which pull in ICU's) never reach a
// Swift module. Every string is UTF-8 and belongs to the page: valid until
// juru_page_free, except those marked "free with juru_page_string_free".

#ifndef CPAGETREE_H
#define CPAGETREE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct JuruPage JuruPage;
typedef const void *JuruPageNode;

enum { JURU_NODE_ELEMENT = 1, JURU_NODE_TEXT = 3, JURU_NODE_CDATA = 4, JURU_NODE_COMMENT = 8 };

/// Parses `length` bytes of HTML. `encoding` is the charset to use when the page does
/// not declare one (NULL: libxml2's own guess). Never fails on bad markup: the parser
/// recovers as browsers do. NULL only when out of memory or on empty input.
JuruPage *juru_page_parse(const char *bytes, size_t length, const char *encoding);
void juru_page_free(JuruPage *page);

/// Parses UTF-8 HTML as juru_page_parse does, and also keeps where each element starts
/// and ends in `bytes` (juru_node_span): what writing the page back with some of its
/// text replaced needs. NULL on empty input or when out of memory.
JuruPage *juru_page_parse_utf8_with_spans(const char *bytes, size_t length);

/// Byte offsets in the parsed bytes of an element: `begin` at its start tag's `<`, `end`
/// just after its end tag (or where the parser closed it). Returns 0 when unknown (an
/// element the parser made up, or a page parsed without spans). A void element
/// (`br`, `img`) is given its parent's begin by libxml2: its end is right.
int juru_node_span(const JuruPage *page, JuruPageNode node, long *begin, long *end);

/// The charset the page declared (meta charset or http-equiv), or NULL.
const char *juru_page_declared_encoding(const JuruPage *page);

/// The root element (html), or NULL.
JuruPageNode juru_page_root(const JuruPage *page);

int juru_node_kind(JuruPageNode node);
/// Lower-case element name; NULL for other nodes.
const char *juru_node_name(JuruPageNode node);
/// Text of a text, CDATA or comment node; NULL for elements.
const char *juru_node_text(JuruPageNode node);
JuruPageNode juru_node_first_child(JuruPageNode node);
JuruPageNode juru_node_next_sibling(JuruPageNode node);
/// The line in the page the node starts on, from 1 (0 when unknown).
long juru_node_line(JuruPageNode node);

/// Attributes in order: the first, then each next one; NULL at the end.
const void *juru_node_first_attribute(JuruPageNode node);
const void *juru_attribute_next(const void *attribute);
const char *juru_attribute_name(const void *attribute);
/// The attribute's value, entities decoded. Free with juru_page_string_free.
char *juru_attribute_value(JuruPageNode node, const void *attribute);
void juru_page_string_free(char *string);

/// Checks that `length` bytes are well-formed XML, without recovering, without the
/// network, without loading a DTD. Returns 1 when they are; else 0, with where the
/// first error is (from 1) and libxml2's message in `message` (if not NULL).
int juru_xml_check(const char *bytes, size_t length, long *line, long *column, char *message, size_t capacity);

#ifdef __cplusplus
}
#endif

#endif
