package cn.huiyin.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FreeTextTest {

    @Test
    void masksAMobileNumberSpokenIntoTheContentHoweverItIsWritten() {
        assertThat(FreeText.mask("请打我电话13885700001联系")).isEqualTo("请打我电话138****0001联系");
        assertThat(FreeText.mask("电话 138 8570 0001")).isEqualTo("电话 138****0001");
        assertThat(FreeText.mask("电话138-8570-0001")).isEqualTo("电话138****0001");
        assertThat(FreeText.mask("电话＋86 13885700001")).isEqualTo("电话138****0001");
        assertThat(FreeText.mask("电话１３８８５７００００１")).isEqualTo("电话138****0001");
    }

    @Test
    void masksResidentIdNumbersOfEighteenAndFifteenCharacters() {
        assertThat(FreeText.mask("身份证号52052619800101123X，户主")).isEqualTo("身份证号520526********123X，户主");
        assertThat(FreeText.mask("身份证号520526198001011234")).isEqualTo("身份证号520526********1234");
        assertThat(FreeText.mask("老身份证520526800101123")).isEqualTo("老身份证520526*****1123");
    }

    @Test
    void masksBankCardNumbersAndLandlines() {
        assertThat(FreeText.mask("卡号6222 0212 3456 7890 123未到账")).isEqualTo("卡号6222***********0123未到账");
        assertThat(FreeText.mask("座机0857-8221234")).isEqualTo("座机0857****1234");
        assertThat(FreeText.mask("村委会电话8221234")).isEqualTo("村委会电话****1234");
    }

    @Test
    void leavesAmountsDatesAndTrackingNumbersAlone() {
        String text = "2020年3月5日反映，补助15000元和1200000元未发放，2020-03-05到村核实，编号HY520526-20200305-000001，面积12000000平方米";
        assertThat(FreeText.mask(text)).isEqualTo(text);
        assertThat(FreeText.holdsPersonalNumbers(text)).isFalse();
        assertThat(FreeText.mask(null)).isNull();
    }
}
