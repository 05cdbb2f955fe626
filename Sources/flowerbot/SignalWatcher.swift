import Dispatch
import Foundation

/// Calls `handler` on SIGINT or SIGTERM instead of letting the process die; a second signal
/// exits at once.
final class SignalWatcher: @unchecked Sendable {
  private var sources: [any DispatchSourceSignal] = []
  private let queue = DispatchQueue(label: "flowerbot.signals")
  private var received = false

  init(signals: [Int32] = [SIGINT, SIGTERM], handler: @escaping @Sendable (Int32) -> Void) {
    for number in signals {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
      source.setEventHandler { [unowned self] in
        if self.received { exit(128 + number) }
        self.received = true
        handler(number)
      }
      source.resume()
      sources.append(source)
    }
  }

  deinit { for source in sources { source.cancel() } }
}
