import ArgumentParser
import JuruKit

/// `--workspace`, which every command takes.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The workspace folder (glossaries/, memory/, segmentation.srx).",
        discussion: "Defaults to $JURU_WORKSPACE, else the current directory.",
        valueName: "dir"))
    var workspace: String?

    /// The workspace, checked to exist.
    func resolved() throws -> Workspace {
        let workspace = Workspace.resolve(workspace)
        try workspace.validate()
        return workspace
    }
}
