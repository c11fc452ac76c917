import ArgumentParser

/// The exit statuses `kgx` documents in its `--help`.
enum ExitStatus {
    /// An error: nothing was written.
    static let failure = ExitCode(1)
    /// Outputs were written, but some inputs were skipped.
    static let partial = ExitCode(2)
}

/// Prints one line to standard error, prefixed with the tool name. Once the run is interrupted,
/// errors that follow from it (files removed under a writer) are not reported.
func report(_ message: String) {
    guard !Interruption.isInterrupted else { return }
    var standardError = StandardError()
    print("kgx: \(message)", to: &standardError)
}

/// A `TextOutputStream` over standard error.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleStandardError.write(string)
    }
}
