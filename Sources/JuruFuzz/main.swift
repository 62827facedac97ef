// Hands the command line to libFuzzer's driver, which calls `fuzzOneInput` (FuzzEntry.swift)
// for each input.
import Foundation

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in fuzzOneInput(bytes, count) })
