import Foundation
import Synchronization
import GaiRouting
import GaiCore
import Hummingbird

extension Gateway {
    /// `GET /v1/models`: the model names clients can use on this gateway.
    func listModels() -> Response {
        let list = ModelList(data: modelRouter.models.map { modelInfo(name: $0.name, ownedBy: $0.deployments.first?.provider) })
        return (try? Self.json(Self.encode(list))) ?? ErrorResponse.response(for: .internal("Encoding the model list failed"))
    }

    /// `GET /v1/models/{model}`.
    func retrieveModel(_ name: String) throws -> Response {
        let deployments = try modelRouter.registry.resolve(name)
        return try Self.json(Self.encode(modelInfo(name: name, ownedBy: deployments.first?.provider)))
    }

    private func modelInfo(name: String, ownedBy: String?) -> ModelInfo {
        ModelInfo(id: name, created: startedAt, ownedBy: ownedBy ?? "gai")
    }
}
