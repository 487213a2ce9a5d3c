using Ccapex.Hub.Partners;
using Ccapex.Hub.Partners.Caf;

return await PartnerProgram.RunAsync("Ccapex.Hub.Partners.Caf", () => CafWorker.Create(args).Build()).ConfigureAwait(false);
