/* glibc's mallopt, which Swift's Glibc module leaves out; other systems have no <malloc.h>. */
#if defined(__linux__)
#include <malloc.h>
#endif
