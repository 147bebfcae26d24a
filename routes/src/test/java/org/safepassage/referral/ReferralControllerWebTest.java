package org.safepassage.referral;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safepassage.audit.AccessLog;
import org.safepassage.system.ApiErrors;
import org.safepassage.system.ClockConfig;
import org.safepassage.system.ConflictException;
import org.safepassage.system.Page;
import org.safepassage.system.SecurityConfig;
import org.safepassage.system.SecurityProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The referral API alone, in seconds: who may call it (the real security rules and accounts), what it refuses
 * (bounded parameters, outcomes by name) and how errors read (problem details). The workflow behind it is a stand-in;
 * {@code ReferralFlowTest} runs the whole service.
 */
@WebMvcTest(ReferralController.class)
@Import({SecurityConfig.class, ApiErrors.class, ClockConfig.class})
@EnableConfigurationProperties(SecurityProperties.class)
class ReferralControllerWebTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReferralWorkflow workflow;

    @MockitoBean
    AccessLog accessLog;

    @Test
    void officersAndSupervisorsMayListOthersMayNot() throws Exception {
        when(workflow.list(any(), any(), any(), any())).thenReturn(Page.of(List.of(), new Page.PageRequest(0, 100), 0));
        mvc.perform(get("/api/v1/referrals")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/referrals").with(basic("officer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/v1/referrals").with(basic("supervisor"))).andExpect(status().isOk());
        for (String refused : new String[] {"ingest", "auditor", "metrics"}) {
            mvc.perform(get("/api/v1/referrals").with(basic(refused))).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.status").value(403));
        }
    }

    @Test
    void badParametersAreProblemsWithTheirReasonAndReachNothing() throws Exception {
        mvc.perform(get("/api/v1/referrals").param("flightId", "F".repeat(129)).with(basic("officer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("flightId")));
        mvc.perform(post("/api/v1/referrals/r1/close").with(basic("officer")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": 2}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("outcome")));
        verifyNoInteractions(workflow);
    }

    @Test
    void aConflictSaysWhy() throws Exception {
        when(workflow.close(eq("r1"), eq("officer"), eq(Outcome.NO_CONCERN), any()))
                .thenThrow(new ConflictException("referral r1 is OPEN; acknowledge it first"));
        mvc.perform(post("/api/v1/referrals/r1/close").with(basic("officer")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"NO_CONCERN\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("referral r1 is OPEN; acknowledge it first"));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(String account) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .httpBasic(account, account);
    }
}
