#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A loopback TCP port held by a bound socket that does not listen.
///
/// Nothing else can bind the port while it is held, and connecting to it is refused at once:
/// exactly "a closed port" for connection-failure tests, and a free port for a server to take
/// after ``release()``.
public final class ReservedPort {
    /// The port number.
    public let port: Int
    private var descriptor: Int32

    public init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ReservedPortError(description: "socket() failed: errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && getsockname(descriptor, generic, &length) == 0
            }
        }
        guard bound else {
            close(descriptor)
            throw ReservedPortError(description: "could not bind a loopback port: errno \(errno)")
        }
        self.descriptor = descriptor
        self.port = Int(UInt16(bigEndian: address.sin_port))
    }

    /// Frees the port (for a server to bind).
    public func release() {
        guard self.descriptor >= 0 else { return }
        close(self.descriptor)
        self.descriptor = -1
    }

    deinit {
        self.release()
    }
}

/// Why a loopback port could not be reserved.
public struct ReservedPortError: Error, CustomStringConvertible {
    public var description: String
}
