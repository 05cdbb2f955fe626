/// What brightness and contrast do to a photo, measured so it can be divided out: the mean
/// and spread of lightness and the typical chroma of the view.
struct Photometry {
  var meanL: Float
  var spreadL: Float
  var chroma: Float

  init(_ lab: LabPlanes) {
    let n = Float(lab.l.count)
    var sum: Float = 0
    var sumSquares: Float = 0
    var chromaSquares: Float = 0
    for i in lab.l.indices {
      sum += lab.l[i]
      sumSquares += lab.l[i] * lab.l[i]
      chromaSquares += lab.a[i] * lab.a[i] + lab.b[i] * lab.b[i]
    }
    meanL = sum / n
    spreadL = max(5, (sumSquares / n - meanL * meanL).squareRoot())
    chroma = max(8, (chromaSquares / n).squareRoot())
  }

  /// Lightness in units of the view's spread around its mean.
  func lightness(_ l: Float) -> Float { (l - meanL) / spreadL }
}
