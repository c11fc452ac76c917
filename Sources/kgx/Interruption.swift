import Dispatch
import Foundation
import KGWriters
import Synchronization

/// Removes temporary output files when the run is interrupted (SIGINT, SIGTERM), so no partial
/// file is left behind; the final names are only ever written by a completed rename.
enum Interruption {
    private nonisolated(unsafe) static var sources: [DispatchSourceSignal] = []
    /// The signal received, or 0. Set before the temporary files go, so that the main thread, whose
    /// writes then fail, knows why and leaves the exit to the handler.
    private static let received = Atomic<Int32>(0)

    /// Installs the handlers; call once at start-up.
    static func install() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                received.store(signalNumber, ordering: .sequentiallyConsistent)
                TemporaryFiles.shared.removeAll()
                FileHandleStandardError.write("kgx: interrupted: no output was changed\n")
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Whether a signal has arrived (its handler is then ending the process).
    static var isInterrupted: Bool { received.load(ordering: .sequentiallyConsistent) != 0 }

    /// When a signal has arrived, waits for its handler to end the process with 128 + the signal,
    /// instead of racing it with the error the interrupted work ran into.
    static func yieldToHandler() {
        guard isInterrupted else { return }
        while true { pause() }
    }
}
