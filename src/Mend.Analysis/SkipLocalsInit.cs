// The hot paths stackalloc scratch space per message (the automaton's two state lists, about 6 KB) and per word;
// every read is of an element written first, so zeroing it each time is pure cost.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
