import Foundation

/// Raw access to the standard streams, unbuffered so messages interleave in order.
enum FileHandleStandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Reads all of standard input.
func readStandardInput() -> [UInt8] {
    [UInt8](FileHandle.standardInput.readDataToEndOfFile())
}
