package verbatim.core.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import verbatim.core.model.Author;

class BylinesTest {

  @Test
  void splitsOnAndCommaAndUnd() {
    assertThat(Bylines.split("By A. Smith, B. Jones and C. Brown")).extracting(Author::name)
        .containsExactly("A. Smith", "B. Jones", "C. Brown");
    assertThat(Bylines.split("Von Lars Fischer und Alina Schadwinkel")).extracting(Author::name)
        .containsExactly("Lars Fischer", "Alina Schadwinkel");
  }

  @Test
  void dropsUrlsHandlesLabelsAndSays() {
    assertThat(Bylines.split("https://www.facebook.com/someone")).isEmpty();
    assertThat(Bylines.split("@handle")).isEmpty();
    assertThat(Bylines.split("Name")).isEmpty();
    assertThat(Bylines.split("Peter Addor sagt")).extracting(Author::name).containsExactly("Peter Addor");
  }

  @Test
  void emailAloneIsKeptAsBoth() {
    assertThat(Bylines.split("desk@example.org")).containsExactly(new Author("desk@example.org", "desk@example.org"));
  }

  @Test
  void dateAfterTheNameIsNotPartOfIt() {
    assertThat(Bylines.split("Von R. Roe am 24. Juli 2017 - 18:55")).extracting(Author::name).containsExactly("R. Roe");
    assertThat(Bylines.split("Jane Roe on 3 May 2020")).extracting(Author::name).containsExactly("Jane Roe");
  }

  @Test
  void postedOnADateByAName() {
    assertThat(Bylines.split("Posted on September 21, 2020 by Adi Roe")).extracting(Author::name).containsExactly("Adi Roe");
  }
}
