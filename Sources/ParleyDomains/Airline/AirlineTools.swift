import ParleyCore

/// The airline domain's tools, one type per tool (see `Tools/`). They follow
/// tau2-bench's airline toolkit: same names, parameters, results, error
/// messages and changes to the database.
enum AirlineTools {
    /// Every tool, in the order tau2 lists them; `calculate` and
    /// `transfer_to_human_agents` are the ones all built-in domains share.
    static let all: [any Tool] = [
        BookReservation(), SharedTools.Calculate(), CancelReservation(), GetReservationDetails(), GetUserDetails(),
        ListAllAirports(), SearchDirectFlight(), SearchOnestopFlight(), SendCertificate(),
        SharedTools.TransferToHumanAgents(), UpdateReservationBaggages(), UpdateReservationFlights(),
        UpdateReservationPassengers(), GetFlightStatus(),
    ]

    /// Ids tau2 gives new reservations, the first unused one is taken.
    static let newReservationIDs = ["HATHAT", "HATHAU", "HATHAV"]
    /// Ids tau2 gives new certificates, the first unused one is taken.
    static let newCertificateIDs = ["certificate_3221322", "certificate_3221323", "certificate_3221324"]
    /// The domain's fixed "now" (EST), stamped on new reservations.
    static let now = "2024-05-15T15:00:00"
}
