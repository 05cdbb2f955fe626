import Foundation
import Testing

@testable import VisualSearch

@Suite struct RegionalPoolingTests {
  /// The R-MAC layout on the network's 7×7 map: the whole map, 2×2 regions of side 4 and 3×3 of
  /// side 3, spread evenly from edge to edge.
  @Test func sevenBySevenMapHasFourteenRegionsAtThreeScales() {
    let pooling = RegionalPooling(side: 7, width: 8)
    let layout = pooling.regions.map { [$0.x, $0.y, $0.side] }
    var expected: [[Int]] = [[0, 0, 7]]
    for y in [0, 3] { for x in [0, 3] { expected.append([x, y, 4]) } }
    for y in [0, 2, 4] { for x in [0, 2, 4] { expected.append([x, y, 3]) } }
    #expect(layout == expected)
  }

  /// Each region contributes its centred, unit-length maxima: a map that is the same in every
  /// cell gives 14 times that cell's centred unit vector; one bright cell counts in every region
  /// that holds it, and only there.
  @Test func regionsAddTheirCentredUnitMaxima() {
    let pooling = RegionalPooling(side: 7, width: 4)
    let cell: [Float] = [1, 2, 3, 6]
    let uniform = pooling.pool(Array((0..<49).map { _ in cell }.joined()))
    var unit = cell.map { $0 - 3 }
    unit.normalizeL2()
    for (got, want) in zip(uniform, unit.map { $0 * 14 }) { #expect(abs(got - want) < 1e-4) }

    var map = [Float](repeating: 0, count: 49 * 4)
    map[(6 * 7 + 6) * 4] = 1  // feature 0 of the bottom-right cell
    let pooled = pooling.pool(map)
    // Regions holding the cell: the whole map, one of side 4 and one of side 3; each gives
    // (1, 0, 0, 0) centred to (0.75, −0.25, −0.25, −0.25), unit length; the other 11 are all zeros.
    var bright: [Float] = [0.75, -0.25, -0.25, -0.25]
    bright.normalizeL2()
    for (got, want) in zip(pooled, bright.map { $0 * 3 }) { #expect(abs(got - want) < 1e-4) }
  }

  @Test func signedSquareRootKeepsSigns() {
    var values: [Float] = [4, -9, 0, 0.25]
    values.signedSquareRoot()
    #expect(values == [2, -3, 0, 0.5])
  }
}
