#ifndef KGX_CLIBXML2_SHIM_H
#define KGX_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU, so encoding.h would pull in the system <unicode/ucnv.h>,
 * whose UErrorCode clashes with the ICU copy inside Foundation (_FoundationICU) in any module
 * that sees both. The writers never touch xmlCharEncodingHandler's fields (only pointers to it),
 * so hiding the ICU-only members is harmless. The HTML parser (KGText reads saved web pages
 * with it) needs HTMLparser.h. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlwriter.h>
#include <libxml/xmlIO.h>
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#endif
