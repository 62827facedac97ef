// Only CICUBreak's C sources include this; Swift code never imports CICU.
#include <unicode/ubrk.h>
#include <unicode/uregex.h>
