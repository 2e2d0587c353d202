package cn.huiyin.simulator.replay;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.simulator.http.Api;

import org.junit.jupiter.api.Test;

/** How the county's and the desk's client tells, after a lost answer, whether its action was done. */
class CaseWorkTest {

    @Test
    void countsTheActsOnACaseButNotTheDeadlineWatchNoticingItsDeadline() {
        var view = Api.JSON.readTree("""
                {"caseId":"c-1","timeline":[
                  {"action":"RECEIVED"},{"action":"ASSIGNED"},{"action":"DUE_SOON"},{"action":"OVERDUE"},
                  {"action":"ACCEPTED"}]}
                """);

        assertThat(CaseWork.acts(view)).isEqualTo(3);
    }

    @Test
    void countsNoActsOnAViewWithoutATimeline() {
        assertThat(CaseWork.acts(Api.JSON.readTree("{\"caseId\":\"c-1\"}"))).isZero();
    }
}
