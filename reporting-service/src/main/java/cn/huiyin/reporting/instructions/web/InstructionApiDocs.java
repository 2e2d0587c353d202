package cn.huiyin.reporting.instructions.web;

import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.ApiOperation;
import cn.huiyin.reporting.instructions.application.AnswerDraft;
import cn.huiyin.reporting.instructions.application.InstructionDraft;
import cn.huiyin.reporting.instructions.application.InstructionView;

/** The OpenAPI description of the instruction routes. */
public final class InstructionApiDocs {

    static final String TAG = "instructions 领导批示";

    private InstructionApiDocs() {
    }

    public static ApiOperation record() {
        return ApiOperation.of("recordInstruction", "Record a leader's instruction (领导批示) on a bulletin or a case")
                .description("The instruction becomes a tracked item (批示件): one follow-up per addressee (county "
                        + "codes and department codes), due by `deadline` (default `issuedAt` plus "
                        + "`huiyin.reporting.instructions.follow-up-days`). Written on a bulletin (`bulletinId`) or a "
                        + "case (`caseId` or `trackingNumber`), never both. Recorded by a leader (`leader`), city "
                        + "office (`city-office`) or hotline supervisor (`hotline-supervisor`) whose regions cover "
                        + "the bulletin's or case's region; addressed counties lie within it. Once overdue, it is "
                        + "published once on `instruction-overdue`.")
                .tag(TAG)
                .anyScope(Scopes.REPORTS_READ, Scopes.CASES_READ)
                .body(InstructionDraft.class, "{\"bulletinId\":\"5205-2019-12\",\"leader\":\"周建琨\","
                        + "\"leaderTitle\":\"省政协副主席、市委书记\",\"issuedAt\":\"2020-01-08\","
                        + "\"text\":\"涉及不满意的，镇、村要多作工作，有什么问题要解决好！\","
                        + "\"addressees\":[\"520502\",\"520526\",\"HOUSING_CONSTRUCTION\"]}")
                .answers(201, "the instruction with its follow-ups", InstructionView.class)
                .problems(400)
                .problem(403, "not a leader, city office or hotline supervisor covering the region");
    }

    public static ApiOperation answer() {
        return ApiOperation.of("answerInstruction", "An addressee's answer to an instruction (办理情况)")
                .description("A county is answered for by its county office (`county-office`), a department by the "
                        + "city office above the instruction's region. Each addressee answers once; the instruction is "
                        + "DONE when all have.")
                .tag(TAG)
                .anyScope(Scopes.REPORTS_READ, Scopes.CASES_READ)
                .pathVariable("id", "the instruction's id", "3f2a8c1e-0000-4000-8000-000000000001")
                .body(AnswerDraft.class, "{\"addressee\":\"520502\",\"text\":\"已逐户回访不满意户并解释政策。\"}")
                .answers(200, "the instruction with its follow-ups", InstructionView.class)
                .problems(400, 404, 409)
                .problem(403, "not the county office of the addressee, nor the city office for a department");
    }

    public static ApiOperation list() {
        return ApiOperation.of("listInstructions", "The instructions of a region, or addressed to a county within it")
                .tag(TAG)
                .anyScope(Scopes.REPORTS_READ, Scopes.CASES_READ)
                .query("region", "a province, city or county code", "5205", true)
                .query("state", "OPEN, DONE or OVERDUE (past its deadline, an addressee not answered)", "OVERDUE",
                        false)
                .answersList(200, "the instructions, latest first", InstructionView.class)
                .problems(400)
                .problem(403, "the region is outside the token's `regions`");
    }

    public static ApiOperation get() {
        return ApiOperation.of("getInstruction", "One instruction and its follow-ups")
                .tag(TAG)
                .anyScope(Scopes.REPORTS_READ, Scopes.CASES_READ)
                .pathVariable("id", "the instruction's id", "3f2a8c1e-0000-4000-8000-000000000001")
                .answers(200, "the instruction", InstructionView.class)
                .problems(404);
    }
}
