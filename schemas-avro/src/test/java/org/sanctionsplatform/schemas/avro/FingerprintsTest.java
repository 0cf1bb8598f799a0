package org.sanctionsplatform.schemas.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FingerprintsTest {

    @Test
    void aFingerprintIsSpelledAsItsEightBytesInWireOrderAndReadBackWithOrWithout0x() {
        long fingerprint = 0x0102030405060708L;
        assertThat(Fingerprints.hex(fingerprint)).isEqualTo("0807060504030201");
        assertThat(Fingerprints.parse("0807060504030201")).isEqualTo(fingerprint);
        assertThat(Fingerprints.parse("0x0807060504030201")).isEqualTo(fingerprint);
        assertThat(Fingerprints.parse(Fingerprints.hex(-42L))).isEqualTo(-42L);
    }

    @Test
    void anythingButSixteenHexDigitsIsRefused() {
        for (String bad : new String[] {"", "0x", "080706050403020", "08070605040302011", "zz07060504030201", null}) {
            assertThatThrownBy(() -> Fingerprints.parse(bad)).as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
