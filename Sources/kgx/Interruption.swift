import Dispatch
import Foundation
import KGWriters

/// Removes temporary output files when the run is interrupted (SIGINT, SIGTERM), so no partial
/// file is left behind; the final names are only ever written by a completed rename.
enum Interruption {
    private nonisolated(unsafe) static var sources: [DispatchSourceSignal] = []

    /// Installs the handlers; call once at start-up.
    static func install() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                TemporaryFiles.shared.removeAll()
                report("interrupted: no output was changed")
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
