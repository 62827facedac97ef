import Foundation

/// −ln P(|Z| ≥ δ) for a standard normal Z, from a table: the dynamic programme asks
/// for it millions of times, and `erfc` and `log` cost more than the rest of a link.
enum TwoTailCost {
    private static let step = 0.01
    private static let table: [Double] = (0...1_000).map { -log(max(erfc(Double($0) * step / 2.0.squareRoot()), 1e-300)) }

    static func of(_ delta: Double) -> Double {
        let position = delta / step
        guard position < Double(table.count - 1) else {
            // Past the table (δ > 10): the tail's asymptote.
            return delta * delta / 2 + log(delta) + 0.5 * log(Double.pi / 2)
        }
        let index = Int(position)
        let fraction = position - Double(index)
        return table[index] + (table[index + 1] - table[index]) * fraction
    }
}
