import Foundation

/// Reads fixture files that test targets ship under `Fixtures/` (declared as a copied resource).
public enum Fixtures {
    /// The text of `name` in `bundle`'s `Fixtures` folder.
    public static func text(_ name: String, in bundle: Bundle) throws -> String {
        guard let url = bundle.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw FixtureError.missing(name)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    public enum FixtureError: Error, CustomStringConvertible {
        case missing(String)
        public var description: String {
            switch self {
            case .missing(let name): "fixture '\(name)' is not in the test bundle"
            }
        }
    }
}
