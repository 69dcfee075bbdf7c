// Compiled with the generated client to prove the frontend's typical calls type-check: a list with
// paging, a read with its ETag, and the allowedActions field that drives buttons.
import { AgreementAction, AgreementsApi, Configuration, AgreementStatus } from "../target/generated-ts";

export async function openAgreements(baseUrl: string, token: string): Promise<string[]> {
  const api = new AgreementsApi(new Configuration({ basePath: baseUrl, accessToken: async () => token }));
  const page = await api.listAgreements({ status: AgreementStatus.InForce, limit: 20 });
  const titles: string[] = [];
  for (const summary of page.items ?? []) {
    const agreement = await api.getAgreement({ agreementId: summary.id! });
    if ((agreement.allowedActions ?? []).includes(AgreementAction.Suspend)) {
      titles.push(agreement.titleVi ?? "");
    }
  }
  return titles;
}
