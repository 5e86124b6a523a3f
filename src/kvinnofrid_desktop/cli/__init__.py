"""The command line: the same operations as the window, without one."""
