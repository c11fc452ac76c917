/// libFuzzer's driver, declared by hand (it has no Swift module); available since LLVM 11.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The program's entry point.
///
/// SwiftPM links an executable target with `main` aliased to `<module>_main`, which rules out
/// libFuzzer's own `main`; so this entry point hands the command line to libFuzzer's driver
/// instead, with `fuzzOneInput` as the target. Build with `-parse-as-library` so Swift emits no `main`.
@_cdecl("KGXFuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
