using Ccapex.Hub.Partners;
using Ccapex.Hub.Partners.Prefecture;

return await PartnerProgram.RunAsync("Ccapex.Hub.Partners.Prefecture", () => PrefectureWorker.Create(args).Build()).ConfigureAwait(false);
