/* Force-included before QuickJS's C sources (see host/build.rs).
 * QuickJS-NG disables its stack-overflow check when __wasi__ is defined, so deep JS
 * recursion would overflow the wasm shadow stack and trap instead of throwing a
 * catchable RangeError. wasi-libc's headers need __wasi__, so include every system
 * header QuickJS uses first, then undefine it for QuickJS's own code. */
#include <alloca.h>
#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#undef __wasi__
/* Keep C11 atomics (and their pthread use) off, as they are under WASI. */
#define __STDC_NO_ATOMICS__ 1
