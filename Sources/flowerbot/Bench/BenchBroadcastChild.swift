import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `flowerbot run` as a child process of the bench: this very executable, on the bench's
/// double, with a fake token; killed with SIGKILL and started again on the same database.
final class BenchBroadcastChild: @unchecked Sendable {
  let executable: URL
  let arguments: [String]
  let log: URL
  private var process: Process?

  /// - Parameters:
  ///   - arguments: the options after `run` (`--api-url`, `--db`, …).
  ///   - log: where the children's standard output and error go (appended).
  init(arguments: [String], log: URL) {
    executable = Self.ownExecutable()
    self.arguments = arguments
    self.log = log
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
  }

  /// `/proc/self/exe` where there is one, else the path this process was started by.
  static func ownExecutable() -> URL {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return URL(fileURLWithPath: path)
    }
    return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
  }

  func start() throws {
    let process = Process()
    process.executableURL = executable
    process.arguments = ["run"] + arguments
    var environment = ProcessInfo.processInfo.environment
    // An obviously fake token: the double accepts it and nothing else ever sees it.
    environment["TELEGRAM_BOT_TOKEN"] = BenchBroadcastKill.token
    environment["TELEGRAM_API_URL"] = nil
    process.environment = environment
    let handle = try FileHandle(forWritingTo: log)
    handle.seekToEndOfFile()
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    try handle.close()
    self.process = process
  }

  /// SIGKILL: no chance to finish anything; returns once the process is gone.
  func kill() async {
    guard let process else { return }
    #if canImport(Glibc)
      _ = Glibc.kill(process.processIdentifier, SIGKILL)
    #elseif canImport(Darwin)
      _ = Darwin.kill(process.processIdentifier, SIGKILL)
    #endif
    await Self.wait(for: process)
    self.process = nil
  }

  /// SIGTERM: the bot finishes the work under way and exits.
  func stop() async -> Int32 {
    guard let process else { return 0 }
    process.terminate()
    await Self.wait(for: process)
    self.process = nil
    return process.terminationStatus
  }

  static func wait(for process: Process) async {
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      Thread {
        process.waitUntilExit()
        continuation.resume()
      }.start()
    }
  }
}
