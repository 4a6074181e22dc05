#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED   /* system ICU headers clash with Foundation's on a clean build */
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>
