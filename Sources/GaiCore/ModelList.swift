/// One entry of `GET /v1/models`.
public struct ModelInfo: Sendable, Hashable, Codable {
    public var id: String
    public var object: String
    public var created: Int64
    public var ownedBy: String

    public init(id: String, created: Int64, ownedBy: String) {
        self.id = id
        self.object = "model"
        self.created = created
        self.ownedBy = ownedBy
    }

    enum CodingKeys: String, CodingKey {
        case id, object, created
        case ownedBy = "owned_by"
    }
}

/// `GET /v1/models`: `{object: "list", data: [...]}`.
public struct ModelList: Sendable, Hashable, Codable {
    public var object: String
    public var data: [ModelInfo]

    public init(data: [ModelInfo]) {
        self.object = "list"
        self.data = data
    }
}
