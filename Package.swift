// swift-tools-version:6.0
import PackageDescription
import Foundation

let package = Package(
    name: "Juru",
    products: [
        .executable(name: "juru", targets: ["JuruCLI"]),
        .executable(name: "juru-bench", targets: ["JuruBench"]),
        .library(name: "JuruKit", targets: ["JuruKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // The system ICU (libicu-dev), found with pkg-config. Only CICUBreak's C code
        // includes ICU's headers; no Swift module imports them, because they would clash
        // with the ICU copy that Foundation bundles.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // Sentence boundaries and SRX rule evaluation over ICU, behind a plain-C header.
        .target(
            name: "CICUBreak",
            dependencies: ["CICU"]
        ),
        // libedit (libedit-dev), BSD-licensed line editing for the REPL, behind a C wrapper.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(
            name: "CLineEditor",
            dependencies: ["CEditLine"]
        ),
        // libxml2 (libxml2-dev): its HTML parser reads saved pages. Only CPageTree's C
        // code includes its headers, which pull in ICU's (see CICU).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "CPageTree",
            dependencies: ["CLibXML2"]
        ),
        // The trigram-sketch scan of the character metric, where the CPU's
        // population-count instruction can be chosen at run time.
        .target(name: "CSketch"),
        .target(
            name: "JuruKit",
            dependencies: [
                "CICUBreak",
                "CSketch",
                "CPageTree",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            resources: [.copy("Resources/Segmentation")]
        ),
        .executableTarget(
            name: "JuruCLI",
            dependencies: [
                "JuruKit",
                "CLineEditor",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A release `juru` is one static executable: the Swift runtime, Foundation, ICU,
            // libxml2, SQLite and libedit inside it, nothing for the dynamic loader to find,
            // map and bind at start-up. Scripts and benchmarks run `juru extract` once per
            // page; binding a dozen shared libraries was most of a short run (a small page
            // 8.5 ms of CPU dynamic, 2.4 ms static). `-static` makes the system libraries'
            // `-l` flags (pkg-config's, GRDB's) pick their `.a` archives; the flags after it
            // are what those archives need in turn, in link order. glibc's NSS and iconv
            // modules are still loaded at run time, from the glibc `juru` was built with.
            linkerSettings: [.unsafeFlags([
                "-static-executable", "-lCoreFoundation", "-l_FoundationICU", "-l_CFXMLInterface",
                "-l_FoundationCShims", "-l_FoundationCollections",
                "-Xlinker", "-ltinfo", "-Xlinker", "-lbsd", "-Xlinker", "-lmd", "-Xlinker", "-lz",
                "-Xlinker", "-llzma", "-Xlinker", "-lstdc++", "-Xlinker", "-lm",
            ], .when(configuration: .release))]
        ),
        // Juru's own benchmarks (`swift run -c release juru-bench glossary`).
        .executableTarget(
            name: "JuruBench",
            dependencies: [
                "JuruKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "JuruKitTests",
            dependencies: ["JuruKit"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "JuruCLITests",
            dependencies: ["JuruCLI", "JuruKit"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer target (Tests/Fuzz/run-fuzzers.sh). It has no `main` (libFuzzer's runtime
// brings one), so it exists only when JURU_FUZZ=1 and never in a normal build or test run.
if ProcessInfo.processInfo.environment["JURU_FUZZ"] == "1" {
    package.products.append(.executable(name: "juru-fuzz", targets: ["JuruFuzz"]))
    package.targets.append(.executableTarget(name: "JuruFuzz", dependencies: ["JuruKit"]))
}
