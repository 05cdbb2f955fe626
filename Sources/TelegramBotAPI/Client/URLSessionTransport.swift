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
      let (data, response) = try await session.data(for: urlRequest)
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
