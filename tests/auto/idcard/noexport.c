int regpoint_unrelated_function(void) { return 42; }
