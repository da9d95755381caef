package verbatim.bench.corpus;

import java.util.List;

/**
 * The sentence templates of the synthetic news, written for this benchmark. Slots: {P} a person of
 * the cast, {O} an organisation, {L} a place, {N} a noun, {Ns} nouns, {A} an adjective, {V} a verb
 * in the past, {Vb} its base form, {D} "on" and a weekday, {#} a number, {M} a month, {Y} a year.
 */
final class Templates {
  private Templates() {}

  /** Narrative sentences. */
  static final List<String> NARRATIVE = List.of(
      "{P} {V} the {A} {N} {D}, a move that could {Vb} {Ns} across {L}.",
      "The {O} {V} a {A} {N} after {#} {Ns} were {V} in {L}.",
      "Officials in {L} {V} the {N} {D} amid growing concern over {A} {Ns}.",
      "{P} met {P} in {L} {D} to discuss the {A} {N} and the future of the {N}.",
      "It was the {A} time this year that the {O} had {V} a {N} of this kind.",
      "The {A} {N} is expected to {Vb} {Ns} by {#} percent over the next {#} years.",
      "Shares in the {O} fell {#} percent after the {N} was {V}.",
      "{L} has {V} {Ns} worth {#} billion dollars since {M} {Y}.",
      "The {O} and the {O} have been at odds over the {N} for months.",
      "Talks on the {A} {N} are due to {Vb} in {L} next week.",
      "The {N} follows a {A} {N} in {M}, when {P} {V} the {N}.",
      "Critics have long argued that the {N} would {Vb} {A} {Ns}.",
      "{P}, who {V} the {N} last year, did not respond to a request for comment.",
      "The {O} {V} its {N} forecast to {#} percent, citing {A} {Ns}.",
      "Hundreds of {Ns} gathered outside the {N} in {L} {D}.",
      "The decision to {Vb} the {N} came after a {A} {N} by the {O}.",
      "Under the {A} {N}, {Ns} in {L} would be able to {Vb} the {N} without a {N}.",
      "{L} and {L} {V} a {A} {N} on {Ns} in {M}.",
      "The {O} {V} the {N} in a statement issued late {D}.",
      "Data from the {O} showed {Ns} rose {#} percent in {M} from a year earlier.",
      "The {N} has been {V} twice since {Y}, most recently by {P}.",
      "{P} is expected to {Vb} the {A} {N} when {Ns} from {L} arrive {D}.",
      "A {A} {N} in {L} {V} the {N} for {#} days.",
      "The {O} {V} {#} {Ns} and {V} a {A} {N} in {L}.",
      "Neither the {O} nor {P} {V} the {N} before the deadline.",
      "The {A} {N} would cost about {#} million dollars, the {N} estimated.",
      "Since {M}, {#} {Ns} have {V} the {A} {N} in protest.",
      "The {N} between {L} and the {O} is set to expire in {M} {Y}.",
      "In {L}, {Ns} {V} the {A} {N} with caution.",
      "The {O} {V} that {Ns} would be {V} by the end of {M}.",
      "{P} and {P} {V} the {N} at a {A} {N} in {L}.",
      "Lawmakers are due to vote on the {A} {N} {D}.");

  /** What a speaker says in their own words. */
  static final List<String> OWN_WORDS = List.of(
      "we will not {Vb} the {N} until the {Ns} are {V}",
      "the {N} is {A} and we need to {Vb} it now",
      "this {N} will {Vb} {Ns} in {L} for years to come",
      "the {O} has no plans to {Vb} the {A} {N}",
      "there is no {A} {N} for the {Ns} we face",
      "our {Ns} expect a {A} {N} and that is what we will deliver",
      "the {N} with {L} is a {A} step",
      "we have {V} every {N} and found no {N}",
      "it is too early to say whether the {N} will {Vb} {Ns}",
      "the {A} {N} of {Ns} is the biggest risk to the {N}",
      "{L} must {Vb} its {Ns} before the {N} gets worse",
      "the {O} was never consulted on the {N}",
      "we are ready to {Vb} the {N} if the {O} does the same",
      "nobody wants a {A} {N}, but we cannot {Vb} the {Ns} forever",
      "the figures show the {N} is working",
      "the {Ns} in {L} deserve a {A} answer",
      "we {V} the {N} because it was the right thing to do",
      "I have asked the {O} to {Vb} the {N} without delay",
      "the {N} will cost {#} million dollars and take {#} years",
      "{P} has made it clear that the {N} is not for sale",
      "this is a {A} day for {L}",
      "we will {Vb} the {A} {N} by {M}");

  /** What a speaker is reported to have said. */
  static final List<String> REPORTED = List.of(
      "the {N} would {Vb} {Ns} in {L}",
      "the {O} had {V} the {A} {N}",
      "{Ns} would be {V} by {M}",
      "talks on the {N} would resume {D}",
      "the {N} posed no {A} risk to {Ns}",
      "the government was prepared to {Vb} the {N}",
      "there was no need for a {A} {N}",
      "the {O} should {Vb} its {Ns}",
      "{L} would {Vb} the {N} if {Ns} kept rising",
      "the {A} {N} had been {V} too early",
      "{P} had {V} the {N} last month");
}
