[assembly: PersianNews.Core.Tests.HostileCulture]
