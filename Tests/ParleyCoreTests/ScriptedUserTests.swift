import Testing
@testable import ParleyCore

struct ScriptedUserTests {
    func user(known: JSONObject = ["email": "ava@example.com", "first_name": "Ava", "last_name": "Moore", "zip": "10001", "order_id": "#W1"],
              unknown: [String] = [], confirm: Bool = true, answers: [ScriptedAnswer] = [], followups: [String] = [], seed: UInt64 = 1) -> ScriptedUser
    {
        ScriptedUser(script: UserScript(opening: "Cancel my order please.", answers: answers, confirm: confirm, followups: followups, closing: "Bye."),
                     known: known, unknown: unknown, seed: seed)
    }

    @Test func opensWithTheScript() async throws {
        var u = user()
        #expect(try await u.opening() == UserTurn(text: "Cancel my order please."))
    }

    @Test func givesEmailWhenAskedForEmailOrNameAndZip() async throws {
        var u = user()
        let turn = try await u.reply(to: "Could you please provide your email address, or your first name, last name and zip code?")
        #expect(turn.text == "My email is ava@example.com.")
    }

    @Test func givesNameAndZipWhenEmailIsUnknown() async throws {
        var u = user(known: ["first_name": "Ava", "last_name": "Moore", "zip": "10001"], unknown: ["email"])
        let turn = try await u.reply(to: "Could you please provide your email address, or your first name, last name and zip code?")
        #expect(turn.text.contains("don't know my email"))
        #expect(turn.text.contains("My name is Ava Moore and my zip code is 10001."))
    }

    @Test func saysItDoesNotKnowUnknownFacts() async throws {
        var u = user(known: [:], unknown: ["email"])
        let turn = try await u.reply(to: "What is your email address?")
        #expect(turn.text == "I'm sorry, I don't know my email.")
    }

    @Test func givesTheOrderIDWhenAsked() async throws {
        var u = user()
        #expect(try await u.reply(to: "Which order would you like to cancel?").text == "The order id is #W1.")
    }

    @Test func answersConfirmationsAsScripted() async throws {
        var yes = user(confirm: true)
        var no = user(confirm: false)
        let question = "I will cancel order #W1 and refund 10.0 to your gift card. Do you confirm (yes/no)?"
        #expect(Confirmation.isExplicitYes(try await yes.reply(to: question).text))
        #expect(!Confirmation.isExplicitYes(try await no.reply(to: question).text))
    }

    @Test func scriptedAnswersComeFirstAndRunOut() async throws {
        var u = user(answers: [ScriptedAnswer(when: ["colour"], say: "Blue, please.")])
        #expect(try await u.reply(to: "Which colour do you want?").text == "Blue, please.")
        #expect(try await u.reply(to: "Which colour do you want?").text == "Blue, please.")
        #expect(try await u.reply(to: "Which colour do you want?").text != "Blue, please.")
    }

    @Test func makesFollowupsThenStops() async throws {
        var u = user(followups: ["Also, what is my balance?"])
        #expect(try await u.reply(to: "Your order is cancelled. Anything else?") == UserTurn(text: "Also, what is my balance?"))
        #expect(try await u.reply(to: "Your balance is 5.0. Is there anything else I can help you with?") == UserTurn(text: "Bye.", stop: .done))
    }

    @Test func stopsOnTransfer() async throws {
        var u = user()
        #expect(try await u.reply(to: "I'm transferring you to a human agent.").stop == .transferred)
    }

    @Test func givesUpAfterRepeatedUnplaceableQuestions() async throws {
        var u = user()
        for _ in 0..<2 { #expect(try await u.reply(to: "What is the airspeed of a swallow?").stop == nil) }
        #expect(try await u.reply(to: "What is the airspeed of a swallow?").stop == .done)
    }

    @Test func sameSeedSameWords() async throws {
        let question = "Shall I proceed (yes/no)?"
        var texts: [UInt64: String] = [:]
        for seed in UInt64(0)..<8 {
            var a = user(seed: seed)
            var b = user(seed: seed)
            let first = try await a.reply(to: question).text
            #expect(try await b.reply(to: question).text == first)
            texts[seed] = first
        }
        #expect(Set(texts.values).count > 1, "the seed varies the phrasing")
    }

    @Test func trialSeedsAreStableAndDistinct() {
        let a = SeededGenerator.trialSeed(runSeed: 0, scenarioID: "x", trial: 1)
        #expect(a == SeededGenerator.trialSeed(runSeed: 0, scenarioID: "x", trial: 1))
        #expect(a != SeededGenerator.trialSeed(runSeed: 0, scenarioID: "x", trial: 2))
        #expect(a != SeededGenerator.trialSeed(runSeed: 1, scenarioID: "x", trial: 1))
        #expect(a != SeededGenerator.trialSeed(runSeed: 0, scenarioID: "y", trial: 1))
    }
}

struct FactBookTests {
    @Test func anEmailAddressIsNotAPostalAddress() {
        let facts = FactBook(known: ["email": "a@b.c"], unknown: ["address"])
        #expect(facts.answer(to: "could you please provide your email address?") == "My email is a@b.c.")
    }

    @Test func givesAPostalAddressWhenAskedForOne() {
        let facts = FactBook(known: ["address": "1 Main St, Austin, TX 73301, USA"], unknown: [])
        #expect(facts.answer(to: "what is the new shipping address?") == "The address is 1 Main St, Austin, TX 73301, USA.")
    }
}

struct ScriptedUserStatementTests {
    @Test func aStatementThatMentionsAnOrderIsNotAQuestion() async throws {
        var u = ScriptedUser(script: UserScript(opening: "hi", followups: ["Next request."]), known: ["order_id": "#W1"], unknown: [], seed: 0)
        #expect(try await u.reply(to: "Your order #W1 has been cancelled.").text == "Next request.")
        #expect(try await u.reply(to: "Please provide your order number.").text == "The order id is #W1.")
    }
}

struct ConfirmationCueTests {
    func user() -> ScriptedUser {
        ScriptedUser(script: UserScript(opening: "hi"), known: ["email": "a@b.c", "order_id": "#W1"], unknown: [], seed: 0)
    }

    @Test func confirmingAFactIsAnsweredWithTheFact() async throws {
        var u = user()
        #expect(try await u.reply(to: "Can you confirm your email address?").text == "My email is a@b.c.")
    }

    @Test func anOutrightYesNoQuestionIsAConfirmationEvenWithFactsInIt() async throws {
        var u = user()
        let text = try await u.reply(to: "I'll cancel order #W1 and refund your card. Do you confirm (yes/no)?").text
        #expect(Confirmation.isExplicitYes(text))
    }

    @Test func aBareConfirmRequestIsAConfirmation() async throws {
        var u = user()
        #expect(Confirmation.isExplicitYes(try await u.reply(to: "Please confirm that you want me to cancel it.").text))
    }
}
