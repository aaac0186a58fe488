import Routing

/// The events of the contact-center simulation, dispatched by `switch` in the run loop.
enum SimulationEvent: Sendable {
    /// The next visitor arrives on a button.
    case arrival(button: Int32)
    /// A waiting visitor's patience runs out.
    case patienceExpired(ChatID)
    /// An agent finishes handling a chat.
    case serviceCompleted(ChatID)
}
