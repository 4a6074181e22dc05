// The declaration in include/ is the whole point of this target; C targets need one source file.
#include "CFuzzerDriver.h"
