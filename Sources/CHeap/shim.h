/* glibc's mallopt, which Swift's Glibc module leaves out; other C libraries have no such tuning. */
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
