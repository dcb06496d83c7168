import Foundation
import Synchronization

/// The redis-server processes this test process started, so none outlives it.
enum ServerRegistry {
    private struct Entry {
        var server: Process
        var watchdog: Process
        var logFile: String
    }

    private static let entries = Mutex<[Int32: Entry]>([:])
    private static let installExitHook: Void = {
        // A C function pointer: it may only use globals, hence the static registry.
        atexit { ServerRegistry.stopAll() }
    }()

    /// Remembers `process` and starts a watchdog that kills it if this process dies without
    /// running `atexit` (a crash or a signal).
    static func register(_ process: Process, logFile: String) {
        _ = Self.installExitHook
        let pid = process.processIdentifier
        let watchdog = Process()
        watchdog.executableURL = URL(fileURLWithPath: "/bin/sh")
        watchdog.arguments = [
            "-c", "while kill -0 \(getpid()) 2>/dev/null && kill -0 \(pid) 2>/dev/null; do sleep 0.5; done; kill -9 \(pid) 2>/dev/null",
        ]
        watchdog.standardInput = FileHandle.nullDevice
        watchdog.standardOutput = FileHandle.nullDevice
        watchdog.standardError = FileHandle.nullDevice
        try? watchdog.run()
        Self.entries.withLock { $0[pid] = Entry(server: process, watchdog: watchdog, logFile: logFile) }
    }

    /// Kills one server (and its watchdog), waits until it is gone and deletes its log.
    static func stop(_ pid: Int32) {
        guard let entry = Self.entries.withLock({ $0.removeValue(forKey: pid) }) else { return }
        Self.kill(entry.server.processIdentifier, entry.watchdog.processIdentifier)
        unlink(entry.logFile)
    }

    /// Kills every server still running and deletes their logs; called at exit.
    static func stopAll() {
        let all = Self.entries.withLock { entries in
            defer { entries = [:] }
            return Array(entries.values)
        }
        Self.kill(all.flatMap { [$0.server.processIdentifier, $0.watchdog.processIdentifier] })
        for entry in all { unlink(entry.logFile) }
    }

    /// SIGKILLs `pids` and waits (up to 2 s) until each is gone: reaped here, or by
    /// Foundation's own child monitoring, whichever comes first.
    private static func kill(_ pids: Int32...) {
        Self.kill(pids)
    }

    private static func kill(_ pids: [Int32]) {
        for pid in pids where pid > 0 {
            _ = Foundation.kill(pid, SIGKILL)
        }
        for pid in pids where pid > 0 {
            for _ in 0..<200 {
                var status: Int32 = 0
                if waitpid(pid, &status, WNOHANG) != 0 { break }
                usleep(10_000)
            }
        }
    }
}
