// libxml2 (libxml2-dev), found with pkg-config libxml-2.0. Only CPageTree's C code
// includes these headers: Debian builds libxml2 with ICU, and ICU's declarations would
// clash with the ICU copy Foundation bundles if a Swift module imported them.
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
