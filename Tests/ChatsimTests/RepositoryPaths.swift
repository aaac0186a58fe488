import Foundation

/// Paths inside the repository and the build, independent of the current directory.
enum RepositoryPaths {
    /// The repository's top folder.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file under `Scenarios/`.
    static func scenario(_ relativePath: String) -> URL {
        root.appendingPathComponent("Scenarios").appendingPathComponent(relativePath)
    }

    /// A file under `Tests/ChatsimTests/Fixtures/`.
    static func fixture(_ name: String) -> URL {
        root.appendingPathComponent("Tests/ChatsimTests/Fixtures").appendingPathComponent(name)
    }

    /// The `chatsim` executable built beside the test bundle.
    static var chatsimExecutable: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("chatsim")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: "chatsim")
    }

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("chatsim-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
