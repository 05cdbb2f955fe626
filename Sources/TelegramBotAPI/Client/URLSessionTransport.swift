import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `HTTPTransport` over URLSession (FoundationNetworking on Linux). Give long polling its own
/// instance: a session caps its connections per host.
public final class URLSessionTransport: HTTPTransport {
  let session: URLSession

  /// Creates a transport with its own ephemeral session (no cookies, no cache).
  public init(maximumConnections: Int = 8) {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.httpMaximumConnectionsPerHost = maximumConnections
    configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
    configuration.urlCache = nil
    session = URLSession(configuration: configuration)
  }

  deinit { session.invalidateAndCancel() }

  /// Sends the request; cancelling the calling task cancels it.
  public func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
    var urlRequest = URLRequest(url: request.url, timeoutInterval: request.timeout)
    urlRequest.httpMethod = request.method
    for (field, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: field) }
    urlRequest.httpBody = request.body
    do {
      try Task.checkCancellation()
      let (data, response) = try await data(for: urlRequest)
      guard let http = response as? HTTPURLResponse else { throw TransportError.connection("not an HTTP response") }
      return HTTPResponse(status: http.statusCode, body: data)
    } catch let error as TransportError {
      throw error
    } catch let error as URLError {
      throw Self.map(error)
    } catch is CancellationError {
      throw .cancelled
    } catch {
      throw .connection(String(describing: type(of: error)))
    }
  }

  /// `session.data(for:)`, without its deadlock: FoundationNetworking's version cancels the
  /// task from inside the cancellation handler, under the task's status lock, and waits for the
  /// session's work queue, while a network thread on that queue may be resuming the same task
  /// and waiting for that lock (swift-corelibs-foundation #5412, fixed after the toolchain here;
  /// seen as a hung test run). Here the cancel is handed to another queue, so neither waits for
  /// the other.
  func data(for request: URLRequest) async throws -> (Data, URLResponse) {
    let box = TaskBox()
    return try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        let task = session.dataTask(with: request) { data, response, error in
          if let error {
            continuation.resume(throwing: error)
          } else if let response {
            continuation.resume(returning: (data ?? Data(), response))
          } else {
            continuation.resume(throwing: URLError(.badServerResponse))
          }
        }
        box.start(task)
      }
    } onCancel: {
      box.cancel()
    }
  }

  /// URLError descriptions may carry the URL (and so the token): keep only the code.
  static func map(_ error: URLError) -> TransportError {
    switch error.code {
    case .timedOut: .timedOut
    case .cancelled: .cancelled
    case .cannotConnectToHost: .connection("cannot connect to host")
    case .networkConnectionLost: .connection("connection lost")
    case .cannotFindHost, .dnsLookupFailed: .connection("cannot find host")
    case .notConnectedToInternet: .connection("not connected to the internet")
    default: .connection("URL error \(error.code.rawValue)")
    }
  }
}

/// The data task of one request, for the cancellation handler: a cancel that comes before the
/// task exists cancels it as soon as it starts; the cancel itself runs on another queue.
final class TaskBox: @unchecked Sendable {
  private let lock = NSLock()
  private var task: URLSessionDataTask?
  private var cancelled = false

  func start(_ task: URLSessionDataTask) {
    let cancelNow = lock.withLock {
      self.task = task
      return cancelled
    }
    task.resume()
    if cancelNow { DispatchQueue.global().async { task.cancel() } }
  }

  func cancel() {
    let task = lock.withLock {
      cancelled = true
      return self.task
    }
    guard let task else { return }
    DispatchQueue.global().async { task.cancel() }
  }
}
