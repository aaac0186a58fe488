/// The version of chatsim written into every report.
public enum ChatsimVersion {
    /// Semantic version of this build.
    public static let current = "0.1.0"
}
