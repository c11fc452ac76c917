import Foundation

/// The bytes of every regular file below a folder, by path relative to it: two runs' output folders are
/// byte-identical exactly when these are equal.
public func folderContents(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let relative = enumerator?.nextObject() as? String {
        let url = folder.appendingPathComponent(relative)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
            files[relative] = try Data(contentsOf: url)
        }
    }
    return files
}
