// These tests exercise POSIX behaviour (permission bits, pipes, signals, symbolic links) and run on Linux CI.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
