import Foundation

/// The bytes of every regular file below a folder, by path relative to it: two runs' output folders are
/// byte-identical exactly when these are equal.
///
/// The bytes are copied out of each `Data` rather than kept in it: a `Data` read by
/// `Data(contentsOf:)` and held to the end of the process (a suite's static reference run) is
/// reported by LeakSanitizer as a direct leak of FoundationEssentials' `readDataFromFile`.
public func folderContents(_ folder: URL) throws -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let relative = enumerator?.nextObject() as? String {
        let url = folder.appendingPathComponent(relative)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
            files[relative] = Array(try Data(contentsOf: url))
        }
    }
    return files
}
