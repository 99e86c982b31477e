// Locals and stackalloc buffers are not zeroed on entry: every method writes what it reads (a buffer that must start
// empty is cleared where it is made).
[module: System.Runtime.CompilerServices.SkipLocalsInit]
